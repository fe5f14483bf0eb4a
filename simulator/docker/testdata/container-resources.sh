docker run -d --name kuard --memory 200m --memory-swap 1G --cpu-shares 1024 -p 8080:8080 gcr.io/kuar-demo/kuard-amd64:blue
docker inspect -f '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.CpuShares}} {{.HostConfig.NanoCpus}} {{.HostConfig.PidsLimit}}' kuard
docker run -d --name limited -m 64m --cpus 1.5 --pids-limit 100 --memory-reservation 32m alpine sleep 1000
docker inspect -f '{{json .HostConfig.Memory}} {{json .HostConfig.MemorySwap}} {{json .HostConfig.MemoryReservation}} {{json .HostConfig.NanoCpus}} {{json .HostConfig.PidsLimit}}' limited
docker run -d --name unlimited-swap -m 1g --memory-swap -1 --cpus 3/2 --pids-limit -1 alpine sleep 1000
docker inspect -f '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.NanoCpus}} {{json .HostConfig.PidsLimit}}' unlimited-swap
docker run -m 4m alpine true
echo $?
docker run -m 64m --memory-swap 32m alpine true
docker run --memory-swap 32m alpine true
docker run --memory-reservation 1m alpine true
docker run -m 64m --memory-reservation 128m alpine true
docker create --cpus 3 alpine true
docker run --cpus 0.0000000001 alpine true
docker run --cpus abc alpine true
docker run -m abc alpine true
echo $?
docker run -c x alpine true
docker run -m 20m alpine tail /dev/zero
echo $?
docker run -d --name oom -m 20m --memory-swap 20m alpine tail /dev/zero
sleep 1
docker ps -a --filter name=oom
docker inspect -f '{{.State.Status}} {{.State.OOMKilled}} {{.State.ExitCode}}' oom
docker run -d --name py -m 6m --memory-swap 6m python:3.12-slim python -c 'print(1)'
docker inspect -f '{{.State.Status}} {{.State.OOMKilled}} {{.State.ExitCode}}' py
docker run --rm -m 16m python:3.12-slim python -c 'print("fits")'
echo $?
