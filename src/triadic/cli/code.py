"""Placeholder module replaced below by the real 'code' command."""
