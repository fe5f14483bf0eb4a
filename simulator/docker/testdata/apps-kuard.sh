docker run -d --memory 200m --memory-swap 1G --cpu-shares 1024 -p 8080:8080 --name kuard gcr.io/kuar-demo/kuard-amd64:1
docker logs kuard
curl localhost:8080
curl -i localhost:8080/healthy
curl localhost:8080/ready
curl -i localhost:8080/nope
docker logs --tail 4 kuard
docker inspect --format '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.CpuShares}}' kuard
docker ps --format '{{.Names}} {{.Image}} {{.Command}} {{.Ports}}'
docker run -d --name kuard2 -p 8081:8080 gcr.io/kuar-demo/kuard-amd64:green
docker logs kuard2
docker stop kuard kuard2
