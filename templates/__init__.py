"""The jinja2 templates of the HTML reports (installed as ``policydiff.templates``)."""
