"""The document viewer: transcript text, coding highlights, stripes margin, find bar."""
