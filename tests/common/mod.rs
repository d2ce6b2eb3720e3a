pub mod exercise;
