docker run -d -p 8080:80 --name web alpine sleep 300
docker ps
curl localhost:8080
curl localhost:8081
docker run -d -p 8080:80 --name web2 alpine sleep 300
echo $?
docker ps -a
docker run -d -p 8080:80 --name web2 alpine sleep 300
docker run -d --name registry registry:2
docker run -d -P --name registry-all registry:2
docker run -d -p 5111:5000 --name registry-course registry:2
docker run -d -p 3000 -p 127.0.0.1:9000:9000 -p 9001:9001/udp -p 7000-7002:7000-7002 -p [::1]:4000:4000 -p 6000-6010:6000 --name many alpine sleep 300
docker run -d -p target=80,published=8888 --name long alpine sleep 300
docker ps
docker ps --format "{{.Names}}: {{.Ports}}"
docker ps --format json --filter name=registry-course
docker run -p abc alpine
docker run -p 70000:80 alpine
docker run -p 80:80/xyz alpine
docker run -p 1.2.3:80:80 alpine
docker run -p 8000-8001:80-82 alpine
docker run -p 9000-8000:80 alpine
docker run -p published=80 alpine
docker run -p target alpine true
docker run -v a:b:c:d alpine
docker run -v data:relative alpine
docker run -v "bad name:/data" alpine
docker run -v /data:ro alpine
docker run -v data:/data:xyz alpine
docker run -v data:/data -v other:/data alpine
sleep 300
docker ps -a --format "{{.Names}}\t{{.Status}}\t{{.Ports}}"
docker run -d -p 8080:80 --name web3 alpine sleep 300
docker run -d -p 0.0.0.0:5111:5000 alpine sleep 10
docker run -d -P --name another-all registry:2
docker ps --format "{{.Names}}: {{.Ports}}"
