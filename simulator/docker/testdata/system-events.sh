docker events
docker run --name hello alpine echo hi
docker run -d --name web -l tier=front registry:2
docker network create backend
docker volume create data
docker tag alpine myalpine:1
docker pause web
docker unpause web
docker stop web
docker rm hello
docker rmi myalpine:1
docker run -d --name sleeper alpine sleep 300
docker kill -s HUP sleeper
docker restart -t 1 sleeper
docker rm -f sleeper
docker network rm backend
docker volume rm data
docker events --since 10m
docker events --since 10m --filter type=container --filter event=die
docker events --since 10m -f container=web --format '{{.Time}} {{.Action}} {{.Actor.Attributes.name}}'
docker events --since 10m --filter label=tier=front --format json
docker events --since 10m --filter type=image --format '{{json .}}'
docker events --since 10m --until 1s --filter type=network
docker events --since 10m --filter bogus=1
docker events --since yesterday
docker events --since 10m --format '{{'
docker events --since 10m --filter nofilter
