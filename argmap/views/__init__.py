"""Rich renderables for the terminal, one module per group of commands."""
