docker system df
docker pull alpine
docker pull nginx:1.27-alpine
docker pull hello-world
docker run --name hi hello-world
docker system df
docker system df -v
docker system df --format "{{.Type}}: {{.Size}} ({{.Reclaimable}})"
docker system df --format json
docker system df --format "table {{.Type}}\t{{.TotalCount}}"
docker run -d --name sleeper alpine sleep 100
docker system df
docker builder prune
docker builder prune -f
docker builder prune -a -f --filter until=24h
docker builder prune -f --filter until=soon
echo $?
