docker build -t greeter .
docker run greeter
docker run greeter Docker
