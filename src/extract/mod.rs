//! Stage 5: extraction.
pub mod number;
