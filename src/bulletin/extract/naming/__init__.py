"""What a figure is of: indicator names found or completed, the area's own scope told from another
area's, and names a list or a continuation leaves out."""
