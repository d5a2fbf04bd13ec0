//! zhfacts
pub mod decode;
pub mod extract;
