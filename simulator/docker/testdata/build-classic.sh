DOCKER_BUILDKIT=0 docker build -t hello app
DOCKER_BUILDKIT=0 docker build -t hello app
docker images
docker images -a
DOCKER_BUILDKIT=0 docker build fail
echo $?
DOCKER_BUILDKIT=0 docker build nocopy
DOCKER_BUILDKIT=0 docker build -q app
