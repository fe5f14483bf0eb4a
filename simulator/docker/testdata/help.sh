docker --help
docker ps --help
docker container ls --help
docker run --help
docker images --help
docker pull --help
docker version --help
docker help ps
docker container --help
docker image
