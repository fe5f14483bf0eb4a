docker run --name hi hello-world > hello.txt
docker logs --tail 2 hi
docker logs -n 3 -t hi
docker logs --tail 0 hi
docker logs --tail nonsense hi > all.txt
cat all.txt
docker run -d --name reg -p 5000:5000 registry:2
docker logs reg 2> err.txt
cat err.txt
docker logs --since 1h reg
sleep 10
docker logs --since 5s reg
docker logs --until 5s --tail 1 reg
docker logs --since yesterday reg
echo $?
docker logs -f reg --tail 1
docker logs -f hi --tail 1
docker run --name failing alpine sh -c "echo out; echo err >&2; exit 3"
echo $?
docker logs failing
docker logs failing 2> err.txt
docker container logs -t failing
docker run -t --name tty alpine sh -c "echo err >&2"
docker logs tty 2> err.txt
docker start -a failing
echo $?
docker logs failing
