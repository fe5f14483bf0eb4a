docker run -d --name kuard --memory 200m --memory-swap 1G --cpu-shares 1024 -p 8080:8080 gcr.io/kuar-demo/kuard-amd64:blue
docker inspect kuard | grep -E '"(Memory|MemorySwap|CpuShares|NanoCpus|PidsLimit|OOMKilled)"'
docker inspect -f '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.CpuShares}}' kuard
sleep 30
docker stats --no-stream
docker stats --no-stream --format '{{.Name}} {{.MemUsage}} {{.MemPerc}}' kuard
docker update --memory 300m kuard
docker update --memory 300m --memory-swap 1G kuard
docker stats --no-stream --format '{{.Name}} {{.MemUsage}}' kuard
docker ps --format '{{.Names}} {{.Status}} {{.Ports}}'
