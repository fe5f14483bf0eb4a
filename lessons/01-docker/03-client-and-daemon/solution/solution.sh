docker version
docker pull alpine:3.20
docker images
