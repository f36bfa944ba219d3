"""The times component and its parts: the grammar, its words, values, resolution, normalization, periods, the timeline."""
