"""Panther's key-value cache helpers. Each needs Panther's DynamoDB table: in the sandbox every
call fails the way boto3 without credentials does, unless the test mocks it."""

import os
from datetime import datetime

import boto3

_TTL_COL = "expiresAt"


def kv_table():
    return boto3.resource("dynamodb").Table(os.getenv("KV_STORE_TABLE_NAME", "panther-kv-store"))


def ttl_expired(response):
    expiration = response.get("Item", {}).get(_TTL_COL, 0)
    return expiration and float(expiration) <= datetime.now().timestamp()


def _table_call(operation):
    def call(*args, **kwargs):
        return getattr(kv_table(), operation)(*args, **kwargs)

    return call


def get_counter(key, force_ttl_check=False):
    return _table_call("get_item")(Key={"key": key})


def increment_counter(key, val=1, epoch_seconds=None):
    return _table_call("update_item")(Key={"key": key})


def reset_counter(key):
    return _table_call("delete_item")(Key={"key": key})


def set_key_expiration(key, epoch_seconds):
    return _table_call("update_item")(Key={"key": key})


def put_dictionary(key, val, epoch_seconds=None):
    return _table_call("put_item")(Item={"key": key})


def get_dictionary(key, force_ttl_check=False):
    return _table_call("get_item")(Key={"key": key})


def get_string_set(key, force_ttl_check=False):
    return _table_call("get_item")(Key={"key": key})


def put_string_set(key, val, epoch_seconds=None):
    return _table_call("put_item")(Item={"key": key})


def add_to_string_set(key, val, epoch_seconds=None):
    return _table_call("update_item")(Key={"key": key})


def remove_from_string_set(key, val, epoch_seconds=None):
    return _table_call("update_item")(Key={"key": key})


def reset_string_set(key):
    return _table_call("delete_item")(Key={"key": key})


def evaluate_threshold(key, threshold=10, expiry_seconds=3600):
    if increment_counter(key, epoch_seconds=expiry_seconds) >= threshold:
        reset_counter(key)
        return True
    return False


def check_account_age(key):
    if isinstance(key, str) and key != "":
        return bool(get_string_set(key, force_ttl_check=True))
    return False
