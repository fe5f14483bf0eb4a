import os

from flask import Flask, jsonify

app = Flask(__name__)
PORT = int(os.environ.get("PORT", 8000))


@app.route("/")
def index():
    return f"running on {PORT}"


@app.route("/items/<int:item_id>", methods=["GET", "DELETE"])
def item(item_id):
    return jsonify(id=item_id, name="widget")


@app.post("/items")
def create():
    return {"created": True}, 201


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=PORT, debug=True)
