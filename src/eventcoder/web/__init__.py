"""The offline web explorer (server.py) and its static files (static/, vendored libraries in static/vendor/)."""
