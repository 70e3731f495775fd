from typing import Union, Optional
print(Union[int, str] == Union[str, int], Union[int, str] == (int | str), hash(Union[int,str]) == hash(Union[str,int]))
print(isinstance(3, Union[int, str]), isinstance(3.0, Union[int, str]), Optional[int])
print(Union[int, str] == 5)
