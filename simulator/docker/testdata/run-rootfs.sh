docker run alpine cat /etc/alpine-release
docker run -w /tmp alpine pwd
docker run -e NAME=learner alpine sh -c 'echo "hi $NAME from $(hostname | cut -c1-4)"'
docker run -u nobody alpine touch /made-by-nobody
echo $?
docker run ubuntu:24.04 sh -c 'grep PRETTY /etc/os-release; apk add curl'
echo $?
docker run debian:bookworm-slim sh -c 'ls /usr/bin | grep -c .'
docker run python:3.12-slim python --version
docker run golang:1.23 go version
docker run alpine sh -c 'echo one > /data.txt; cat /data.txt'
docker run alpine cat /data.txt
echo $?
docker ps -a --format '{{.Image}} {{.Command}} {{.Status}}'
