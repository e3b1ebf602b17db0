from khabar.cli import app

app()
