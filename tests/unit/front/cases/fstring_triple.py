a = f'''multi
{x}
line'''
b = f"""{y!r:>{w}}"""
