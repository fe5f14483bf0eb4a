docker run -d --name sleeper alpine sleep 100
echo $?
docker ps
sleep 65
docker ps
docker ps -q
docker ps --no-trunc --format "{{.ID}} {{.Command}}"
docker ps --format "{{.Names}}\t{{.Status}}"
docker ps --format "table {{.ID}}\t{{.Names}}\t{{.State}}"
docker ps --format json
docker ps -q --format "{{.Names}}"
sleep 40
docker ps
docker ps -a
docker ps -a --filter status=exited
docker ps -a --filter name=sleep
docker ps --filter colour=red
docker run alpine echo hello from alpine
docker run --rm alpine echo gone
docker ps -a -n 2
docker ps -l --format "{{.Names}} {{.Status}}"
docker run alpine sleep 5
docker run -e GREETING=hi alpine printenv GREETING
docker run --hostname box alpine hostname
docker run alpine false
echo $?
