"""Journey 3: from a legacy ATEN (parents) or ATEN-élève account to EduConnect."""
