"""One module per page of the main window; each page draws an Analysis it is handed."""
