# Found only through PYTHONPATH (tests/scripts_env/pythonpath.py.env).
WHERE = 'pythonpath_lib'
