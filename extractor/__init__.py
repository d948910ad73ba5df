"""extractor: economic and trade news in, validated JSONL datasets of claims out.

    from extractor import extract_text
    result = extract_text("Exports rose 7.8% to $55.8 billion in November.", published="2023-12-04")
"""

__version__ = "0.1.0"

from .pipeline import Extraction, extract_text, run  # noqa: E402
from .settings import Settings  # noqa: E402

__all__ = ["Extraction", "Settings", "__version__", "extract_text", "run"]
