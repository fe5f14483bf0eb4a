docker pull alpine
docker history alpine
docker image history --no-trunc alpine
docker history -H=false alpine
docker history --human=false --format "{{.CreatedAt}} {{.Size}}" alpine
docker pull nginx:1.27-alpine
docker history nginx:1.27-alpine
docker history -q nginx:1.27-alpine
docker history --format "{{.ID}}: {{.CreatedBy}}" alpine
docker history --format json alpine
docker history --format "table {{.ID}}\t{{.Size}}\t{{.Comment}}" alpine
docker pull ubuntu
docker history ubuntu
docker pull python:3.13-slim
docker history python:3.13-slim
docker pull hello-world
docker history hello-world
docker pull busybox
docker history busybox
docker history nosuchimage
echo $?
docker history
docker history --format "{{.Nope}}" alpine
echo $?
