print('m_nomain/__init__ runs:', __name__)
