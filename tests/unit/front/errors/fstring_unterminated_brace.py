f'abc{'
