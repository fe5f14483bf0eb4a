docker build -t python-helloworld lesson1/python-app
docker build -t node-app -f node-app/Dockerfile.prod --build-arg APP_VERSION=1.0.0 node-app
docker images
