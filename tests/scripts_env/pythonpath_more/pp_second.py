# Found only through PYTHONPATH, in its second directory.
WHERE = 'pythonpath_more'
