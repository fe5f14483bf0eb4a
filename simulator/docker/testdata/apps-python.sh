docker build -q -t local-only local
docker run -d -p 5000:5000 --name loopback local-only
curl localhost:5000
docker exec loopback curl -s localhost:5000
docker logs loopback
docker build -q -t nomod nomod
docker run --name nomod nomod
docker ps -a --filter name=nomod --format '{{.Status}}'
docker build -q -t pinned pinned
docker run --rm pinned
docker build -q -t fixed fixed
docker run -d -p 5001:5000 --name flask2 fixed
curl localhost:5001
docker logs flask2
docker build -q -t cli cli
docker run -d -P --name flaskcli cli
docker port flaskcli
docker logs flaskcli
docker run --rm cli flask --version
docker run --rm -e FLASK_APP=missing cli
docker build -q -t greet plain
docker run --rm greet
docker run --rm -e GREETING=Hi -e USER_NAME=Ana greet
docker run --rm greet python nope.py
docker build -q -t api api
docker run -d -p 8000:8000 --name api api
curl localhost:8000
curl localhost:8000/items/7
curl -i localhost:8000/items/x
curl -i localhost:8000/items
docker logs api
docker run -d -p 8001:9000 -e PORT=9000 --name api9000 api
curl localhost:8001
docker build -q -t gunicorn-app gunicorn
docker run -d -p 8080:8000 --name gunicorn gunicorn-app
curl -i localhost:8080
curl localhost:8080/missing
docker logs gunicorn
docker run --rm gunicorn-app gunicorn nope:app
docker run --rm -e APP_ENV=staging greet python -c "import os; print('env:', os.environ['APP_ENV'])"
