docker search nginx
docker pull nginx:1.27
docker run -d --name web nginx:1.27
docker ps
docker run --name once busybox echo done
docker ps -a
docker images
docker rm once
docker rmi busybox
