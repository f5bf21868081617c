"""A minimal LSP client for the tests: starts `regelwerk lsp`, frames JSON-RPC messages with
Content-Length, and reads answers and notifications in order."""
import json
import subprocess


class Client:
    def __init__(self, regelwerk):
        self.process = subprocess.Popen([regelwerk, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.next_id = 1
        self.notifications = []  # those read while waiting for an answer, oldest first

    def send(self, message):
        body = json.dumps(message, ensure_ascii=False).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def send_raw(self, data):
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def read(self):
        """The next message from the server; raises at the end of its output."""
        length = None
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise EOFError("the server closed its output")
            line = line.rstrip(b"\r\n")
            if not line:
                break
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        return json.loads(self.process.stdout.read(length).decode("utf-8"))

    def request(self, method, params):
        """Sends a request and returns its whole answer (result or error), keeping notifications that come first."""
        ident = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": ident, "method": method, "params": params})
        while True:
            message = self.read()
            if message.get("id") == ident and "method" not in message:
                return message
            self.notifications.append(message)

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics(self, uri):
        """The next publishDiagnostics for `uri` (those already read first)."""
        while True:
            while self.notifications:
                message = self.notifications.pop(0)
                if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                    return message["params"]
            self.notifications.append(self.read())

    def finish(self):
        """Closes the server's input and returns its exit code."""
        self.process.stdin.close()
        return self.process.wait()
