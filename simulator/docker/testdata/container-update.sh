docker run -d --name web registry:2
docker update web
echo $?
docker update -m 300m web
docker update -m 300m --memory-swap 600m --cpus 1 --cpu-shares 512 --pids-limit 50 web
docker inspect -f '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.NanoCpus}} {{.HostConfig.CpuShares}} {{.HostConfig.PidsLimit}}' web
docker update -m 500m web
docker update -m 500m --memory-swap -1 web
docker update --restart always web nope
echo $?
docker inspect -f '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}' web
docker update --restart bogus web
docker update --restart on-failure:x web
docker update -m 2m web
docker update -m abc web
docker update --cpus 5 web
docker stats --no-stream --format '{{.Name}} {{.MemUsage}} {{.PIDs}}' web
docker run -d --rm --name temp alpine sleep 100
docker update --restart always temp
docker run -d --name eater -m 1g --memory-swap 1g alpine tail /dev/zero
docker update -m 10m --memory-swap 10m eater
sleep 1
docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.OOMKilled}}' eater
docker stop web
docker update --cpus 0.5 web
docker container update --help
