docker build -q -t hc hc
docker run -d --name web hc
docker ps --format '{{.Names}}: {{.Status}}'
sleep 11
docker ps
docker exec web rm /healthy
sleep 25
docker ps --format '{{.Names}}: {{.Status}}'
docker inspect -f '{{json .State.Health}}' web
docker inspect -f '{{json .Config.Healthcheck}}' web
docker exec web touch /healthy
sleep 10
docker ps --format '{{.Names}}: {{.Status}}'
docker run -d --name reg --health-cmd 'wget -q -O- http://localhost:5000/v2/ || exit 1' --health-interval 5s --health-start-period 30s registry:2
sleep 6
docker ps --format '{{.Names}}: {{.Status}}' --filter name=reg
docker inspect -f '{{.State.Health.Status}} {{.State.Health.FailingStreak}} {{json .State.Health.Log}}' reg
docker run -d --name broken --health-cmd 'curl -f http://localhost/' --health-interval 2s --health-retries 1 alpine sleep 300
sleep 3
docker inspect -f '{{.State.Health.Status}} {{json .State.Health.Log}}' broken
docker run -d --name slow --health-cmd 'sleep 5' --health-interval 2s --health-timeout 1s --health-retries 1 alpine sleep 300
sleep 3
docker inspect -f '{{.State.Health.Status}} {{json .State.Health.Log}}' slow
docker run -d --name off --no-healthcheck hc
docker inspect -f '{{json .Config.Healthcheck}}' off
docker inspect off | grep -c '"Health"'
docker ps --format '{{.Names}}: {{.Status}}' --filter name=off
sleep 3600
docker ps --format '{{.Names}}: {{.Status}}'
docker events --since 2h --filter event=health_status
docker run --no-healthcheck --health-cmd true alpine true
docker run --health-interval abc alpine true
docker run --health-retries -1 --health-cmd true alpine true
docker run --health-interval 500us --health-cmd true alpine true
docker stop web
docker inspect -f '{{.State.Status}} {{.State.Health.Status}}' web
docker run -d --name good --health-cmd true --health-interval 1s alpine sleep 600
docker run -d --name plain alpine sleep 600
sleep 2
docker ps --filter health=healthy --format '{{.Names}}'
docker ps --filter health=none --format '{{.Names}}'
docker ps --filter health=sick
