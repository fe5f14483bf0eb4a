kubectl create deployment web --image=nginx:1.27 --replicas=2
kubectl rollout status deployment/web
kubectl set env deployment/web GREETING=hello MODE=dev
kubectl set env deployment/web --list
kubectl set env deployment/web GREETING=hello
kubectl set env deployment/web MODE-
kubectl set env deployment web GREETING=hi
kubectl set env deployment/web --list
kubectl rollout history deployment/web
kubectl set env deployment/web 1BAD=x
kubectl set env deployment/web GREETING=x web
kubectl set env deployment/web -c nope A=b
kubectl set env deployment/nope A=b
kubectl set env A=b
kubectl set resources deployment web --limits=cpu=200m,memory=512Mi --requests=cpu=100m
kubectl get deployment web -o jsonpath='{.spec.template.spec.containers[0].resources}'
echo
kubectl set resources deployment web --limits=cpu=200m
kubectl set resources deployment web
kubectl set resources deployment web --limits=cpu
kubectl set resources deployment web --limits=cpu=lots
kubectl set resources deployment web -c nope --limits=cpu=1
kubectl rollout status deployment/web
kubectl get rs
kubectl set bogus deployment/web
