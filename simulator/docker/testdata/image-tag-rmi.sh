docker pull alpine
docker tag alpine myapp
docker tag alpine myapp:1.0
docker image tag alpine registry.example.com/team/myapp:2.0
docker images
docker tag alpine B
echo $?
docker tag Alpine b
docker tag nope x
echo $?
docker tag alpine myapp@sha256:a8560b36e8b8210634f77d9f7f9efd7ffa463e380b75e2e74aff4511df3ef88c
docker tag alpine myapp:bad:tag
docker tag alpine sha256:abc
docker rmi myapp:1.0
docker image rm myapp registry.example.com/team/myapp:2.0
docker images
docker rmi aded1e1a5b37
docker images
docker pull alpine:3.20
docker tag alpine:3.20 alpine:latest
docker images
docker image remove aded1e1a5b37
docker images
docker rmi nosuch nosuch:2 alpine:3.20
echo $?
docker rmi -f nosuch
echo $?
docker rmi
docker pull busybox
docker run -d --name sleeper busybox sleep 100
docker rmi busybox
echo $?
docker rmi 9f80a32ad33c
docker rmi -f 9f80a32ad33c
docker tag busybox mybox
docker rmi -f busybox mybox
docker images
docker pull -q alpine:3.19
docker tag alpine:3.19 other:1
docker rmi af07881551ff
docker rmi other:1
docker run --name done alpine:3.19 true
docker rmi af07881551ff
docker rmi -f af07881551ff
docker images
docker ps -a
docker rmi Alpine
docker rmi --no-prune alpine
