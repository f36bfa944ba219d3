"""The people component and its parts: name clusters, coreference, ages, roles and family relations."""
