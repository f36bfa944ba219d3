"""The quotes component and its parts: quotation marks, cues, speakers."""
