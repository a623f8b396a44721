class BaseAdapter:
    def __init__(self, *args, **kwargs):
        pass

    def close(self):
        pass


class HTTPAdapter(BaseAdapter):
    pass
