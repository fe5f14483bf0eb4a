docker run hello-world
docker ps -a
docker images
sleep 75
docker run hello-world
docker ps -a
docker container ls --all --quiet
