#!/usr/bin/python3
"""Test-only encoder and decoder of Confluent-framed Avro, Protobuf and JSON Schema
messages, independent of kfk.

Confluent framing: magic byte 0, the schema id as 4 bytes big-endian, then for Protobuf
the message indexes (zigzag varints: their count, then each; the common [0] is the
single byte 0), then the payload (Avro binary, the Protobuf message, or for JSON Schema
the JSON text itself, UTF-8).

  schema_tool.py encode --id N (--avro FILE | --protobuf FILE [--message NAME]) [--ref NAME=FILE]...
                        [--hex] < value.json              framed bytes on stdout
  schema_tool.py decode (--avro FILE | --protobuf FILE) [--ref NAME=FILE]... [--hex] < framed
                                                          {"id": N, "value": ...} on stdout
  Either command takes --registry URL (the ccompat/v7 root) instead of --avro/--protobuf:
  encode then needs --id and fetches that schema; decode fetches the id it reads. The
  schema's references come from the registry too.

Avro values are plain JSON (a union takes the value of its branch, as Avro's own JSON
decoders without type tags do; bytes and fixed are strings of code points 0-255).
Protobuf values are Protobuf's JSON mapping. JSON Schema values are written compactly
and not validated (kfk's produce must refuse misfits itself). --ref NAME=FILE gives a referenced schema:
for Avro a schema whose named types the main one uses (NAME is not used), for Protobuf
the file that the main one imports as NAME.

Runs under Debian's /usr/bin/python3 with python3-avro, python3-protobuf and
protobuf-compiler (scripts/setup installs them).
"""
import argparse
import io
import json
import os
import struct
import subprocess
import sys
import tempfile
import urllib.request

MAGIC = 0


def need_modules():
    try:
        import avro.io  # noqa: F401
        import google.protobuf  # noqa: F401
    except ImportError as e:
        sys.exit(f"schema_tool: {e}: run it with /usr/bin/python3 (its #! line) after "
                 "scripts/setup, which installs python3-avro and python3-protobuf")


class Schema:
    """A schema's type (AVRO, PROTOBUF or JSON), text, and referenced texts by name, in order."""

    def __init__(self, kind, text, refs):
        self.kind, self.text, self.refs = kind, text, refs


# --- schema sources -------------------------------------------------------------------
def from_files(args):
    refs = []
    for spec in args.ref or []:
        name, sep, path = spec.partition("=")
        if not sep:
            sys.exit(f"schema_tool: --ref takes NAME=FILE, not {spec!r}")
        with open(path, encoding="utf-8") as f:
            refs.append((name, f.read()))
    kind, path = ("AVRO", args.avro) if args.avro else ("PROTOBUF", args.protobuf)
    with open(path, encoding="utf-8") as f:
        return Schema(kind, f.read(), refs)


def http_json(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.load(r)


def from_registry(base, schema_id):
    """The schema of an id, and its references (depth first, each once) from the registry."""
    got = http_json(f"{base}/schemas/ids/{schema_id}")
    refs, seen = [], set()

    def walk(references):
        for ref in references or []:
            if ref["name"] in seen:
                continue
            seen.add(ref["name"])
            sub = http_json(f"{base}/subjects/{ref['subject']}/versions/{ref['version']}")
            walk(sub.get("references"))
            refs.append((ref["name"], sub["schema"]))

    walk(got.get("references"))
    return Schema(got.get("schemaType", "AVRO"), got["schema"], refs)


# --- Avro -----------------------------------------------------------------------------
def avro_schema(schema):
    import avro.name
    import avro.schema

    names = avro.name.Names()
    for _, text in schema.refs:
        avro.schema.make_avsc_object(json.loads(text), names)
    return avro.schema.make_avsc_object(json.loads(schema.text), names)


def avro_from_json(s, v):
    """A JSON value as the Python datum Avro's writer takes for schema s."""
    import avro.io

    t = s.type
    if t == "record":
        return {f.name: avro_from_json(f.type, v[f.name] if f.name in v else f.default) for f in s.fields}
    if t == "array":
        return [avro_from_json(s.items, x) for x in v]
    if t == "map":
        return {k: avro_from_json(s.values, x) for k, x in v.items()}
    if t in ("bytes", "fixed"):
        return v.encode("latin-1") if isinstance(v, str) else v
    if t == "union":
        for branch in s.schemas:
            try:
                datum = avro_from_json(branch, v)
            except (AttributeError, KeyError, TypeError, ValueError, UnicodeError):
                continue
            if avro.io.validate(branch, datum):
                return datum
        raise ValueError(f"no branch of {s} takes {v!r}")
    if t in ("float", "double") and isinstance(v, int):
        return float(v)
    return v


def avro_to_json(v):
    if isinstance(v, bytes):
        return v.decode("latin-1")
    if isinstance(v, dict):
        return {k: avro_to_json(x) for k, x in v.items()}
    if isinstance(v, list):
        return [avro_to_json(x) for x in v]
    if hasattr(v, "isoformat"):
        return v.isoformat()
    if type(v).__name__ == "Decimal":
        return str(v)
    if type(v).__name__ == "UUID":
        return str(v)
    return v


def avro_encode(schema, value):
    import avro.io

    s = avro_schema(schema)
    out = io.BytesIO()
    avro.io.DatumWriter(s).write(avro_from_json(s, value), avro.io.BinaryEncoder(out))
    return out.getvalue()


def avro_decode(schema, payload):
    import avro.io

    s = avro_schema(schema)
    return avro_to_json(avro.io.DatumReader(s).read(avro.io.BinaryDecoder(io.BytesIO(payload))))


# --- Protobuf -------------------------------------------------------------------------
def proto_file(schema):
    """The main file's descriptor, compiled by protoc with its imports."""
    from google.protobuf import descriptor_pb2, descriptor_pool

    with tempfile.TemporaryDirectory() as d:
        files = list(schema.refs) + [("kfk_main.proto", schema.text)]
        for name, text in files:
            os.makedirs(os.path.dirname(os.path.join(d, name)), exist_ok=True)
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        out = os.path.join(d, "set.pb")
        r = subprocess.run(["protoc", f"-I{d}", "--include_imports", f"--descriptor_set_out={out}",
                            "kfk_main.proto"], capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"schema_tool: protoc failed: {r.stderr.strip()}")
        fds = descriptor_pb2.FileDescriptorSet()
        with open(out, "rb") as f:
            fds.ParseFromString(f.read())
    pool = descriptor_pool.DescriptorPool()
    for fd in fds.file:  # dependencies come first
        pool.Add(fd)
    return pool.FindFileByName("kfk_main.proto")


def message_class(desc):
    from google.protobuf import message_factory

    if hasattr(message_factory, "GetMessageClass"):
        return message_factory.GetMessageClass(desc)
    return message_factory.MessageFactory(desc.file.pool).GetPrototype(desc)


def by_indexes(fdesc, indexes):
    desc = fdesc.message_types_by_name[list(fdesc.message_types_by_name)[indexes[0]]]
    for i in indexes[1:]:
        desc = desc.nested_types[i]
    return desc


def indexes_of(fdesc, full_name):
    """The path of message full_name from the file's top-level messages, as Confluent counts."""
    def search(descs, path):
        for i, d in enumerate(descs):
            if d.full_name == full_name or d.name == full_name:
                return path + [i]
            found = search(d.nested_types, path + [i])
            if found:
                return found
        return None

    found = search(list(fdesc.message_types_by_name.values()), [])
    if found is None:
        sys.exit(f"schema_tool: no message {full_name} in the schema")
    return found


def zigzag(n):
    return (n << 1) ^ (n >> 63)


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def read_varint(buf, pos):
    shift = n = 0
    while True:
        b = buf[pos]
        pos += 1
        n |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return n, pos


def unzigzag(n):
    return (n >> 1) ^ -(n & 1)


def encode_indexes(indexes):
    if indexes == [0]:
        return b"\x00"
    return varint(zigzag(len(indexes))) + b"".join(varint(zigzag(i)) for i in indexes)


def decode_indexes(buf):
    count, pos = read_varint(buf, 0)
    count = unzigzag(count)
    if count == 0:
        return [0], pos
    indexes = []
    for _ in range(count):
        i, pos = read_varint(buf, pos)
        indexes.append(unzigzag(i))
    return indexes, pos


def proto_encode(schema, value, message):
    from google.protobuf import json_format

    fdesc = proto_file(schema)
    indexes = indexes_of(fdesc, message) if message else [0]
    msg = json_format.ParseDict(value, message_class(by_indexes(fdesc, indexes))())
    return encode_indexes(indexes) + msg.SerializeToString()


def proto_decode(schema, body):
    from google.protobuf import json_format

    indexes, pos = decode_indexes(body)
    msg = message_class(by_indexes(proto_file(schema), indexes))()
    msg.ParseFromString(body[pos:])
    return indexes, json_format.MessageToDict(msg, preserving_proto_field_name=True)


# --- framing --------------------------------------------------------------------------
def frame(schema_id, body):
    return struct.pack(">bI", MAGIC, schema_id) + body


def unframe(data):
    if len(data) < 5 or data[0] != MAGIC:
        sys.exit("schema_tool: not Confluent-framed (no magic byte 0 and 4-byte id)")
    return struct.unpack(">I", data[1:5])[0], data[5:]


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("command", choices=["encode", "decode"])
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--avro", metavar="FILE", help="Avro schema (JSON) file")
    src.add_argument("--protobuf", metavar="FILE", help=".proto file")
    src.add_argument("--registry", metavar="URL", help="fetch the schema by id from this ccompat/v7 root")
    p.add_argument("--ref", action="append", metavar="NAME=FILE", help="a referenced schema")
    p.add_argument("--id", type=int, help="schema id to frame with (encode)")
    p.add_argument("--message", help="Protobuf message to encode (default: the file's first)")
    p.add_argument("--hex", action="store_true", help="framed bytes as hex text, not binary")
    a = p.parse_args()
    need_modules()

    if a.command == "encode":
        if a.id is None:
            p.error("encode needs --id")
        schema = from_registry(a.registry.rstrip("/"), a.id) if a.registry else from_files(a)
        value = json.load(sys.stdin)
        if schema.kind == "AVRO":
            body = avro_encode(schema, value)
        elif schema.kind == "PROTOBUF":
            body = proto_encode(schema, value, a.message)
        elif schema.kind == "JSON":
            body = json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()
        else:
            sys.exit(f"schema_tool: cannot encode {schema.kind}")
        data = frame(a.id, body)
        if a.hex:
            print(data.hex())
        else:
            sys.stdout.buffer.write(data)
        return

    raw = sys.stdin.buffer.read()
    data = bytes.fromhex(raw.decode().strip()) if a.hex else raw
    schema_id, body = unframe(data)
    schema = from_registry(a.registry.rstrip("/"), schema_id) if a.registry else from_files(a)
    out = {"id": schema_id}
    if schema.kind == "AVRO":
        out["value"] = avro_decode(schema, body)
    elif schema.kind == "PROTOBUF":
        out["indexes"], out["value"] = proto_decode(schema, body)
    elif schema.kind == "JSON":
        out["value"] = json.loads(body.decode("utf-8"))
    else:
        sys.exit(f"schema_tool: cannot decode {schema.kind}")
    print(json.dumps(out, sort_keys=True))


if __name__ == "__main__":
    main()
