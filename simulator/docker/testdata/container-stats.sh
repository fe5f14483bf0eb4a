docker run -d --name reg -p 5000:5000 registry:2
docker run -d --name limited --memory 200m --memory-swap 1G --cpu-shares 1024 --pids-limit 5 registry:2
docker run -d --name sleeper --cpus 0.5 alpine sleep 1000
docker run -d --name eater -m 100m --memory-swap -1 --cpus 0.5 alpine tail /dev/zero
docker stats --no-stream eater
docker run -d --name eater2 -m 1g --memory-swap 2g alpine tail /dev/zero
docker stats --no-stream --format '{{.Name}} {{.CPUPerc}} {{.MemUsage}} {{.MemPerc}}' eater2
sleep 2
docker stats --no-stream --format '{{.Name}} {{.CPUPerc}} {{.MemUsage}} {{.MemPerc}}' eater2
sleep 2
docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.OOMKilled}}' eater2
docker run --name done alpine true
sleep 65
docker stats --no-stream
docker stats
docker stats -a --no-stream
docker stats eater --no-stream
docker pause sleeper
docker stats sleeper reg --no-stream
docker stats --no-stream --no-trunc limited
docker stats --no-stream --format 'table {{.Container}}\t{{.Name}}\t{{.MemUsage}}' limited
docker stats --no-stream --format json reg
docker stats --no-stream --format '{{.Name}}: {{.CPUPerc}} {{.PIDs}}'
docker stats --no-stream reg nope toString
echo $?
docker stats --no-stream --format '{{.Bogus}}'
echo $?
docker stats --no-stream done
docker exec reg sh -c 'seq 1 3000 > /tmp/numbers'
docker stats --no-stream --format '{{.BlockIO}}' reg
docker container stats --help
