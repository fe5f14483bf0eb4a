docker pull alpine
docker pull alpine
docker pull alpine:3.21
docker image pull hello-world:linux
docker images
docker images -q
docker images alpine
docker image ls --digests
docker images --format "{{.Repository}}:{{.Tag}}"
docker pull nosuchimage
echo $?
docker pull alpine:9.9
docker pull registry.example.com/team/app:1.0
docker pull Alpine
echo $?
