docker run -d --name crash --restart always alpine false
docker ps --format "{{.Names}}\t{{.Status}}"
sleep 2
docker ps --format "{{.Names}}\t{{.Status}}\t{{.State}}"
sleep 8
docker ps --format "{{.Names}}\t{{.Status}}"
docker inspect --format "{{.RestartCount}} {{.HostConfig.RestartPolicy.Name}}" crash
docker stop crash
docker ps -a --format "{{.Names}}\t{{.Status}}"
docker run -d --name retry --restart on-failure:3 alpine false
sleep 60
docker ps -a --filter name=retry --format "{{.Names}}\t{{.Status}}"
docker inspect --format "{{.RestartCount}} {{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}" retry
docker run -d --name ok --restart on-failure alpine true
docker ps -a --filter name=ok --format "{{.Names}}\t{{.Status}}"
docker run -d --name napper --restart unless-stopped alpine sleep 20
sleep 25
docker ps --format "{{.Names}}\t{{.Status}}"
docker inspect --format "{{.RestartCount}}" napper
docker run --restart always alpine sh -c "exit 4"
echo $?
docker rm -f crash retry ok napper
docker start crash
